import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Any JSON value. Used for whole framework documents, which the web app diffs with packages/standard. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value, e.g. a whole framework document ({ categories, measures }).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function parse(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map(parse);
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((field) => [field.name.value, parse(field.value)]));
      default:
        throw new TypeError(`JSON cannot represent a ${ast.kind}`);
    }
  },
});
