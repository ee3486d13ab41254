import fs from 'node:fs/promises';
import path from 'node:path';
import { type DefinitionNode, type DocumentNode, Kind, parse, print, visit } from 'graphql';

/** The web app's own GraphQL documents (operations and fragments), as codegen collected them from its sources. */
export async function webDocuments(): Promise<DocumentNode> {
  const source = await fs.readFile(path.resolve(import.meta.dirname, '../../../web/src/gql/gql.ts'), 'utf8');
  const texts = [
    ...new Set([...source.matchAll(/^ {4}"(.*)": (?:typeof )?types\./gm)].map((match) => JSON.parse(`"${match[1]}"`) as string)),
  ];
  return parse(texts.join('\n'));
}

/** One of the web app's operations with exactly the fragments it uses, ready to send. */
export async function webOperation(name: string): Promise<string> {
  const document = await webDocuments();
  const byName = new Map(
    document.definitions
      .filter((d): d is DefinitionNode & { name: { value: string } } => 'name' in d && d.name !== undefined)
      .map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`The web app has no operation ${name}`);
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        collect(byName.get(spread.name.value)!);
      },
    });
  collect(operation);
  return [operation, ...[...needed].map((fragment) => byName.get(fragment)!)].map((d) => print(d)).join('\n');
}
