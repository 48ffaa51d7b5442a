import {
  ColumnDefinitionNode,
  DataTypeNode,
  GeneratedNode,
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * SQLite's column types, as the migrations write them, in PostgreSQL's words. A SQLite integer
 * holds 8 bytes (times in milliseconds are kept in some), PostgreSQL's `integer` 4; `blob` has no
 * PostgreSQL name; `real` there is a 4-byte float where SQLite keeps 8 bytes.
 */
const TYPE_FOR_POSTGRES: Readonly<Record<string, DataTypeNode['dataType']>> = { integer: 'bigint', blob: 'bytea', real: 'double precision' };

class SchemaForPostgres extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const done = super.transformColumnDefinition(node);
    const type = DataTypeNode.is(done.dataType) ? TYPE_FOR_POSTGRES[done.dataType.dataType] : undefined;
    return ColumnDefinitionNode.cloneWith(
      type ? { ...done, dataType: DataTypeNode.create(type) } : done,
      // SQLite numbers an INTEGER PRIMARY KEY by itself (AUTOINCREMENT or not): on PostgreSQL that
      // is an identity column. "By default" lets `desk import` keep a township's own ids.
      done.autoIncrement || (done.primaryKey && type === 'bigint') ? { autoIncrement: false, generated: GeneratedNode.create({ identity: true, byDefault: true }) } : {},
    );
  }
}

/**
 * Lets the migrations stay one text for both engines: each CREATE TABLE is rewritten on its way to
 * PostgreSQL. The rest of the schema's differences (an index without case, the audit log's guard)
 * sit in `schemaDifferences.ts`.
 */
export class PostgresSchemaPlugin implements KyselyPlugin {
  readonly #transformer = new SchemaForPostgres();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node.kind === 'CreateTableNode' || args.node.kind === 'AlterTableNode' ? this.#transformer.transformNode(args.node) : args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
