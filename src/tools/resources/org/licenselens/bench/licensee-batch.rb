# Batch driver for the licensee gem: reads one file path per line on stdin and prints one JSON object per
# line on stdout. Each file is judged as if it were a project's LICENSE file, exactly what
# `licensee detect DIR` does for DIR/LICENSE, but in one Ruby process for all files.
require 'licensee'
require 'json'

$stdout.sync = true
$stdin.each_line do |line|
  path = line.chomp
  next if path.empty?
  begin
    file = Licensee::ProjectFiles::LicenseFile.new(File.binread(path), 'LICENSE')
    license = file.license
    puts JSON.generate(path: path, key: license&.key, spdx_id: license&.spdx_id,
                       matcher: file.matcher&.class&.name, confidence: file.confidence)
  rescue StandardError => e
    puts JSON.generate(path: path, error: "#{e.class}: #{e.message}")
  end
end
