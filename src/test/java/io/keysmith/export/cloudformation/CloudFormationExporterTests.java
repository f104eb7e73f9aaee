package io.keysmith.export.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

class CloudFormationExporterTests {

    @Test
    void yamlTemplateDescribesTablesKeysIndexesAndSettings() {
        Map<String, Object> template = yaml(export(ExportFixtures.design("shop.design.json"), Format.CLOUDFORMATION));
        Map<String, Object> properties = properties(template);
        assertThat(properties.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(properties.get("TableName")).isEqualTo(Map.of("Ref", "SmallShopTableName"));
        assertThat(names(properties.get("AttributeDefinitions"), "AttributeName"))
                .containsExactly("PK", "SK", "GSI1PK", "GSI1SK", "LSI1SK");
        assertThat(names(properties.get("KeySchema"), "KeyType")).containsExactly("HASH", "RANGE");
        List<Map<String, Object>> gsis = list(properties.get("GlobalSecondaryIndexes"));
        assertThat(gsis).singleElement().satisfies(g -> assertThat(g.get("IndexName")).isEqualTo("GSI1"));
        Map<String, Object> lsi = list(properties.get("LocalSecondaryIndexes")).get(0);
        assertThat(names(lsi.get("KeySchema"), "AttributeName")).containsExactly("PK", "LSI1SK");
        assertThat(lsi.get("Projection")).isEqualTo(Map.of("ProjectionType", "INCLUDE", "NonKeyAttributes", List.of("status")));
        assertThat(properties.get("TimeToLiveSpecification")).isEqualTo(Map.of("AttributeName", "expiresAt", "Enabled", true));
        assertThat(properties.get("StreamSpecification")).isEqualTo(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"));
        // No SSESpecification: DynamoDB's default AWS-owned key, free, rather than the AWS-managed KMS key.
        assertThat(properties).containsKeys("PointInTimeRecoverySpecification", "Tags")
                .containsEntry("DeletionProtectionEnabled", true).doesNotContainKeys("ProvisionedThroughput", "SSESpecification");
        assertThat(map(template.get("Parameters"))).containsKey("SmallShopTableName");
        assertThat(map(template.get("Outputs"))).containsKeys("SmallShopName", "SmallShopArn", "SmallShopStreamArn");
    }

    @Test
    void jsonTemplateIsTheSameDocumentAsTheYamlOne() {
        Design design = ExportFixtures.design("shop.design.json");
        assertThat(json(export(design, Format.CLOUDFORMATION_JSON))).isEqualTo(yaml(export(design, Format.CLOUDFORMATION)));
    }

    @Test
    void provisionedTablesGiveEachGsiItsOwnCapacityFromThePlans() {
        Map<String, Object> template = yaml(export(provisioned(), Format.CLOUDFORMATION));
        Map<String, Object> properties = properties(template);
        assertThat(properties.get("BillingMode")).isEqualTo("PROVISIONED");
        // Reads: AP1 0.5 + AP2 2.0 on the table, AP3 0.5 on GSI1 (no model: 1 request/s); AP4's write on the table and every index.
        assertThat(properties.get("ProvisionedThroughput")).isEqualTo(Map.of("ReadCapacityUnits", 3, "WriteCapacityUnits", 1));
        assertThat(list(properties.get("GlobalSecondaryIndexes")).get(0).get("ProvisionedThroughput"))
                .isEqualTo(Map.of("ReadCapacityUnits", 1, "WriteCapacityUnits", 1));
        assertThat(list(properties.get("LocalSecondaryIndexes")).get(0)).doesNotContainKey("ProvisionedThroughput");
    }

    @Test
    void provisionedTablesScaleReadsAndWritesOfTheTableAndEachGsiAtSeventyPercent() {
        Map<String, Object> resources = map(yaml(export(provisioned(), Format.CLOUDFORMATION)).get("Resources"));
        Map<String, Object> target = map(map(resources.get("SmallShopGSI1ReadScalingTarget")).get("Properties"));
        assertThat(target).containsEntry("ScalableDimension", "dynamodb:index:ReadCapacityUnits")
                .containsEntry("MinCapacity", 1).containsEntry("MaxCapacity", 4)
                .containsEntry("ResourceId", Map.of("Fn::Join", List.of("", List.of("table/", Map.of("Ref", "SmallShopTable"),
                        "/index/", "GSI1"))));
        Map<String, Object> policy = map(map(resources.get("SmallShopReadScalingPolicy")).get("Properties"));
        assertThat(policy).containsEntry("PolicyType", "TargetTrackingScaling")
                .containsEntry("ScalingTargetId", Map.of("Ref", "SmallShopReadScalingTarget"));
        assertThat(map(policy.get("TargetTrackingScalingPolicyConfiguration"))).containsEntry("TargetValue", 70);
        assertThat(resources.keySet().stream().filter(k -> k.endsWith("ScalingTarget")))
                .containsExactly("SmallShopReadScalingTarget", "SmallShopWriteScalingTarget",
                        "SmallShopGSI1ReadScalingTarget", "SmallShopGSI1WriteScalingTarget");
        assertThat(json(export(provisioned(), Format.CLOUDFORMATION_JSON))).isEqualTo(yaml(export(provisioned(), Format.CLOUDFORMATION)));
    }

    @Test
    void onDemandTablesHaveNoAutoscaling() {
        assertThat(map(yaml(export(ExportFixtures.design("shop.design.json"), Format.CLOUDFORMATION)).get("Resources")))
                .containsOnlyKeys("SmallShopTable");
    }

    @Test
    void aSubstitutionInTheModelNameIsWrittenAsCloudFormationsLiteral() {
        Design design = ExportFixtures.hostileDesign("${AWS::Region} shop");
        for (Format format : List.of(Format.CLOUDFORMATION, Format.CLOUDFORMATION_JSON)) {
            String text = export(design, format);
            assertThat(text).doesNotContainPattern("\\$\\{[^!]");
            Map<String, Object> template = format == Format.CLOUDFORMATION ? yaml(text) : json(text);
            assertThat(template.get("Description")).isEqualTo("DynamoDB tables designed by Keysmith for ${!AWS::Region} shop");
        }
    }

    @Test
    void withIamTheTemplateCarriesAManagedPolicyPerRoleOnItsOwnTables() {
        Model model = ExportFixtures.model("iam.model.json");
        Design design = ExportFixtures.design("iam.design.json");
        ExportOptions iam = ExportOptions.DEFAULT.withIam(true);
        String yamlText = Exporters.export(model, design, Format.CLOUDFORMATION, iam).get(0).content();
        Map<String, Object> resources = map(yaml(yamlText).get("Resources"));
        assertThat(resources).containsOnlyKeys("NotesTable", "ReaderPolicy", "WriterPolicy", "TenantReaderPolicy",
                "TenantWriterPolicy");
        Map<String, Object> tenantWriter = map(map(resources.get("TenantWriterPolicy")).get("Properties"));
        Map<String, Object> statement = list(map(tenantWriter.get("PolicyDocument")).get("Statement")).get(0);
        assertThat(statement.get("Resource")).isEqualTo(List.of(Map.of("Fn::GetAtt", List.of("NotesTable", "Arn"))));
        assertThat(map(map(statement.get("Condition")).get("ForAllValues:StringEquals")).get("dynamodb:LeadingKeys"))
                .isEqualTo(List.of("TENANT#${aws:PrincipalTag/tenantId}"));
        Map<String, Object> reader = map(map(resources.get("ReaderPolicy")).get("Properties"));
        assertThat(list(map(reader.get("PolicyDocument")).get("Statement")).get(1).get("Resource")).isEqualTo(List.of(
                Map.of("Fn::Join", List.of("", List.of(Map.of("Fn::GetAtt", List.of("NotesTable", "Arn")), "/index/", "GSI1")))));
        assertThat(map(yaml(yamlText).get("Outputs"))).containsKeys("ReaderPolicyArn", "TenantWriterPolicyArn");
        assertThat(json(Exporters.export(model, design, Format.CLOUDFORMATION_JSON, iam).get(0).content())).isEqualTo(yaml(yamlText));
        assertThat(map(yaml(export(design, Format.CLOUDFORMATION)).get("Resources"))).containsOnlyKeys("NotesTable");
    }

    private static Design provisioned() {
        return ExportFixtures.parseDesign(ExportFixtures.text("shop.design.json").replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\""));
    }

    @Test
    void streamArnIsOnlyAnOutputWhenStreamsAreOn() {
        String json = ExportFixtures.text("shop.design.json").replace("\"streamEnabled\": true", "\"streamEnabled\": false");
        Map<String, Object> template = yaml(export(ExportFixtures.parseDesign(json), Format.CLOUDFORMATION));
        assertThat(map(template.get("Outputs"))).containsOnlyKeys("SmallShopName", "SmallShopArn");
        assertThat(properties(template)).doesNotContainKey("StreamSpecification");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNamesParseBackToTheExactOriginalStrings(String hostile) {
        Design design = ExportFixtures.hostileDesign(hostile);
        for (Format format : List.of(Format.CLOUDFORMATION, Format.CLOUDFORMATION_JSON)) {
            String text = export(design, format);
            assertThat(text).doesNotContainPattern("\\$\\{[^!]");
            Map<String, Object> template = map(literalSubs(format == Format.CLOUDFORMATION ? yaml(text) : json(text)));
            Map<String, Object> properties = properties(template);
            assertThat(names(properties.get("AttributeDefinitions"), "AttributeName"))
                    .containsExactly("PK", "SK", hostile + "1", hostile + "2", hostile + "3");
            assertThat(map(properties.get("TimeToLiveSpecification")).get("AttributeName")).isEqualTo(hostile + "4");
            assertThat(map(list(properties.get("LocalSecondaryIndexes")).get(0).get("Projection")).get("NonKeyAttributes"))
                    .isEqualTo(List.of(hostile + "5"));
            assertThat((String) template.get("Description")).endsWith(" for " + hostile.replace("${", "${!"));
            assertThat(map(template.get("Resources"))).containsOnlyKeys("SmallShopTable");
        }
    }

    @Test
    void tableNamesDynamoDbForbidsAreRefusedWithTheName() {
        String json = ExportFixtures.text("shop.design.json").replace("\"SmallShop\"", "\"Small shop: v2\"");
        assertThatThrownBy(() -> export(ExportFixtures.parseDesign(json), Format.CLOUDFORMATION))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("table name \"Small shop: v2\" is not allowed by DynamoDB");
    }

    @Test
    void indexNamesDynamoDbForbidsAreRefused() {
        String json = ExportFixtures.text("shop.design.json").replace("\"GSI1\"", "\"G\"");
        assertThatThrownBy(() -> export(ExportFixtures.parseDesign(json), Format.CLOUDFORMATION_JSON))
                .isInstanceOf(ExportException.class).hasMessageContaining("index name \"G\" of table SmallShop");
    }

    /** The template with each {@code Fn::Sub} of a literal (only {@code ${!...}} in it) replaced by the string it gives. */
    static Object literalSubs(Object node) {
        if (node instanceof Map<?, ?> m && m.size() == 1 && m.get("Fn::Sub") instanceof String s && !s.matches("(?s).*\\$\\{[^!].*")) {
            return s.replace("${!", "${");
        }
        if (node instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, literalSubs(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(CloudFormationExporterTests::literalSubs).toList();
        }
        return node;
    }

    static String export(Design design, Format format) {
        List<ExportedFile> files = Exporters.export(null, design, format, ExportOptions.DEFAULT);
        assertThat(files).hasSize(1);
        return files.get(0).content();
    }

    /** Parses CloudFormation YAML, turning the short tags into the JSON form of the functions. */
    static Map<String, Object> yaml(String text) {
        return map(new Yaml(new CloudFormationConstructor()).load(text));
    }

    static Map<String, Object> json(String text) {
        return map(ModelJson.MAPPER.readValue(text, Map.class));
    }

    static Map<String, Object> properties(Map<String, Object> template) {
        Map<String, Object> resources = map(template.get("Resources"));
        return map(map(resources.values().iterator().next()).get("Properties"));
    }

    static List<String> names(Object list, String key) {
        return list(list).stream().map(m -> (String) m.get(key)).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!Ref"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return Map.of("Ref", constructScalar((ScalarNode) node));
                }
            });
            yamlConstructors.put(new Tag("!Sub"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return Map.of("Fn::Sub", constructScalar((ScalarNode) node));
                }
            });
            yamlConstructors.put(new Tag("!Join"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return Map.of("Fn::Join", constructSequence((org.yaml.snakeyaml.nodes.SequenceNode) node));
                }
            });
            yamlConstructors.put(new Tag("!GetAtt"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return Map.of("Fn::GetAtt", List.of(constructScalar((ScalarNode) node).split("\\.", 2)));
                }
            });
        }
    }
}
