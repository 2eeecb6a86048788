package org.licenselens.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What a tree holds, to show that a run left its inputs as they were. */
public final class InputFingerprint {
    /**
     * A walk in perl: it changes into each folder (and back with {@code ..}), so it reaches past PATH_MAX where
     * Java's walk cannot. Links are not followed, and only regular files are opened (a FIFO would block). A file
     * with no blocks on disk (a hole, like the 3 GiB sparse file) reads as zeros: its block count stands for its
     * hash, so a write shows without reading gigabytes. ctime is included: any write, chmod, chown or rename of the
     * file moves it. Runs of one name are shown counted ({@code deep/d{10000}/LICENSE}), so a 10,000-deep chain
     * costs kilobytes, not the 100 MB of its full paths. What the user may not read (a mode-000 file or folder, for
     * anyone but root) is recorded by its metadata alone.
     */
    private static final String SCRIPT = """
            use Digest::SHA; use Time::HiRes qw(lstat);
            my @runs;
            sub shown { join '/', map { $_->[1] > 1 ? "$_->[0]\\{$_->[1]}" : $_->[0] } @runs }
            sub entry {
                my ($name, $shown) = @_;
                my @s = lstat($name) or die "$shown: $!";
                my $content = -l _ ? '-> ' . readlink($name) : (-f _ && !-r _) ? 'unreadable'
                    : (-f _ && $s[12] > 0) ? Digest::SHA->new(256)->addfile($name)->hexdigest : '';
                print "$shown\\0", join(' ', $s[2], $s[7], $s[9], $s[10], $s[12], $content), "\\0";
                return -d _ && !-l _;
            }
            sub walk {
                opendir(my $d, '.') or return;
                my @names = sort grep { $_ ne '.' && $_ ne '..' } readdir $d;
                closedir $d;
                for my $n (@names) {
                    if (@runs && $runs[-1][0] eq $n) { $runs[-1][1]++ } else { push @runs, [$n, 1] }
                    if (entry($n, shown()) && chdir($n)) {
                        walk();
                        chdir('..') or die shown() . "/..: $!";
                    }
                    if ($runs[-1][1] > 1) { $runs[-1][1]-- } else { pop @runs }
                }
            }
            entry('.', '.');
            walk();
            """;

    private InputFingerprint() {}

    /**
     * Returns relative path ({@code .} for {@code root}) -> mode, size, mtime, ctime, blocks and SHA-256 (or link
     * target) of {@code root} and everything below it, however deep and whatever the modes (as root).
     */
    public static Map<String, String> of(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("perl", "-e", SCRIPT).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1); // names as bytes
        if (p.waitFor() != 0) {
            throw new IOException("fingerprint of " + root + " failed");
        }
        String[] fields = out.split("\0", -1);
        Map<String, String> all = new TreeMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            all.put(fields[i], fields[i + 1]);
        }
        return all;
    }
}
