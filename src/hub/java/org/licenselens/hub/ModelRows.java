package org.licenselens.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.licenselens.clause.FlagType;
import org.licenselens.scan.HubLineage;
import org.licenselens.scan.LineageSource;

/**
 * The rows the job passes between its stages: a model on its own ({@link #FACTS}), and the terms and bases in
 * them. Spark rows rather than beans, so the schema is written once, here, and Parquet gets it as is.
 */
final class ModelRows {
    /** A term: the license carrying it, that license's keys, its evidence, its flag type, its line. */
    static final StructType TERM = new StructType()
            .add("license", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("path", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("line", DataTypes.IntegerType, false);
    static final ArrayType TERMS = DataTypes.createArrayType(TERM, false);

    /** A base as resolved outside the hub (registry, mapping, unknown). */
    static final StructType BASE = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("resolved_by", DataTypes.StringType, false)
            .add("license", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, true)
            .add("terms", TERMS, false);

    static final StructType FACTS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("lid", DataTypes.StringType, false)
            .add("labels", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("declared", DataTypes.StringType, false)
            .add("detected", DataTypes.StringType, false)
            .add("own_keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("own_terms", TERMS, false)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("osd", DataTypes.BooleanType, true)
            .add("mof_class", DataTypes.StringType, false)
            .add("osaid", DataTypes.StringType, false)
            .add("bases", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("relation", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, false)
            .add("problem", DataTypes.StringType, true)
            .add("outside", DataTypes.createArrayType(BASE, false), false)
            .add("error", DataTypes.StringType, true);

    private ModelRows() {}

    /** The join key of a model id: ids compare case-insensitively, as the Hub's do. */
    static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    static Row facts(HubLineage.Model m, Release release) {
        return RowFactory.create(m.id(), key(m.id()), m.labels().toArray(String[]::new), m.declared(), m.detected(),
                m.ownKeys().toArray(String[]::new), terms(m.ownTerms()),
                m.flags().stream().map(FlagType::jsonName).toArray(String[]::new), m.osdCompatible(),
                release.mofClass(), release.osaid(),
                m.bases().toArray(String[]::new), m.relation() == null ? null : m.relation().jsonName(), m.line(),
                m.problem(), m.outside().stream().map(ModelRows::base).toArray(Row[]::new), null);
    }

    /** A model that could not be read: it is reported, with why, and the job goes on. */
    static Row failed(String id, String error) {
        return RowFactory.create(id, key(id), new String[0], "", "", new String[0], new Row[0], new String[0], null,
                Release.NOT_ASSESSED.mofClass(), Release.NOT_ASSESSED.osaid(), new String[0], null, 0, null,
                new Row[0], error);
    }

    static Row[] terms(List<HubLineage.Term> terms) {
        return terms.stream().map(t -> RowFactory.create(t.license(), t.keys().toArray(String[]::new), t.path(),
                t.type().jsonName(), t.line())).toArray(Row[]::new);
    }

    static Row base(HubLineage.Base b) {
        return RowFactory.create(b.id(), b.resolvedBy().jsonName(), b.license(), b.source(), terms(b.terms()));
    }

    static List<HubLineage.Term> termsOf(List<Row> rows) {
        List<HubLineage.Term> terms = new ArrayList<>();
        for (Row r : rows) {
            terms.add(new HubLineage.Term(r.getString(0), r.getString(2), flag(r.getString(3)), r.getInt(4)));
        }
        return terms;
    }

    static HubLineage.Base base(Row r) {
        return new HubLineage.Base(r.getString(0), source(r.getString(1)), r.getString(2), r.getString(3),
                termsOf(r.getList(4)));
    }

    static FlagType flag(String jsonName) {
        for (FlagType t : FlagType.values()) {
            if (t.jsonName().equals(jsonName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a flag type: " + jsonName);
    }

    static LineageSource source(String jsonName) {
        for (LineageSource s : LineageSource.values()) {
            if (s.jsonName().equals(jsonName)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a lineage source: " + jsonName);
    }
}
