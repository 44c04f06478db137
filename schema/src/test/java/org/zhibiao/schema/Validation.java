package org.zhibiao.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;

/** networknt json-schema-validator, reporting instance locations as JSON pointers. */
final class Validation {
    private Validation() {}

    static SchemaRegistry registry(Draft draft) {
        SpecificationVersion version =
                draft == Draft.DRAFT_7 ? SpecificationVersion.DRAFT_7 : SpecificationVersion.DRAFT_2020_12;
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        return SchemaRegistry.withDefaultDialect(version, builder -> builder.schemaRegistryConfig(config));
    }

    /** Errors of {@code schema} (JSON text) against its draft's meta-schema. */
    static List<Error> againstMetaSchema(String schema, Draft draft) {
        return registry(draft).getSchema(SchemaLocation.of(draft.metaSchema())).validate(schema, InputFormat.JSON);
    }

    /** Errors of a YAML or JSON document against {@code schema}. */
    static List<Error> validate(String schema, Draft draft, String document) {
        return registry(draft).getSchema(schema, InputFormat.JSON).validate(document, InputFormat.YAML);
    }

    static String pointer(Error error) {
        return error.getInstanceLocation().toString();
    }
}
