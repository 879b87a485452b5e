/**
 * Reads every <Step> of a chapter's MDX source, with its graphic state, without rendering it.
 * The snapshot images, the teaching page and the build checks use this; the page itself renders
 * the same props through Step.astro, so both paths parse with StepStateSchema.
 *
 * Prop values may be strings or literal expressions ({['t33']}, {{ center: [131.9, 43.1], zoom: 5 }});
 * anything computed is refused, so a state is always plain data.
 *
 * A later part of a split step (<Step id="labour-5b">) may declare no state: it keeps the state of
 * the step before it, so the graphic holds still while the reader reads on.
 */
import type { Expression, Node as EstreeNode, Program } from 'estree';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseStepId, StepStateSchema, type StepState } from './steps.ts';

/** `stateFrom` is the id of the step whose props declared the state (itself, or the part it follows). */
export type ParsedStep = { id: string; state: StepState; stateFrom: string };

type MdxAttribute = {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: Program } };
};
type MdxNode = { type: string; name?: string | null; attributes?: MdxAttribute[]; children?: MdxNode[] };

/** Turns a literal-only estree expression into a value; throws on anything computed. */
export function literalValue(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new Error('array holes and spreads are not allowed');
        return literalValue(element);
      });
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed)
            throw new Error('only plain object properties are allowed');
          const key =
            property.key.type === 'Identifier'
              ? property.key.name
              : property.key.type === 'Literal'
                ? String(property.key.value)
                : null;
          if (key === null) throw new Error('object keys must be names or strings');
          return [key, literalValue(property.value)];
        }),
      );
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number')
        return -node.argument.value;
      throw new Error(`operator "${node.operator}" is not allowed`);
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((quasi) => quasi.value.cooked).join('');
      throw new Error('template literals with expressions are not allowed');
    default:
      throw new Error(`a ${node.type} is not a literal value`);
  }
}

function attributeValue(attribute: MdxAttribute): unknown {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const statement = value.data?.estree?.body[0];
  if (!statement || statement.type !== 'ExpressionStatement') throw new Error('empty expression');
  return literalValue(statement.expression as Expression);
}

function collectSteps(node: MdxNode, found: MdxNode[]): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step')
    found.push(node);
  for (const child of node.children ?? []) collectSteps(child, found);
}

/** Every step of one chapter, in order; throws one error listing each bad step by id. */
export function parseChapterSteps(chapterId: string, mdxSource: string): ParsedStep[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdxSource) as unknown as MdxNode;
  const stepNodes: MdxNode[] = [];
  collectSteps(tree, stepNodes);
  const problems: string[] = [];
  const steps: ParsedStep[] = [];
  stepNodes.forEach((node, index) => {
    const props: Record<string, unknown> = {};
    let stepId = `${chapterId} step ${index + 1}`;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        problems.push(`${stepId}: spread attributes are not allowed`);
        continue;
      }
      try {
        props[attribute.name] = attributeValue(attribute);
      } catch (error) {
        problems.push(`${stepId}: prop ${attribute.name}: ${(error as Error).message}`);
      }
      if (attribute.name === 'id' && typeof props.id === 'string') stepId = props.id;
    }
    const { id, ...stateProps } = props;
    const previous = steps.at(-1);
    if (typeof id === 'string' && Object.keys(stateProps).length === 0) {
      if (!parseStepId(id)?.part)
        problems.push(`${stepId}: needs a figure (only a later part, such as ${id}b, keeps the state before it)`);
      else if (previous) steps.push({ id, state: previous.state, stateFrom: previous.stateFrom });
      return;
    }
    const result = StepStateSchema.safeParse(stateProps);
    if (typeof id !== 'string') problems.push(`${stepId}: missing id`);
    else if (!result.success)
      problems.push(
        ...result.error.issues.map((issue) => `${stepId}: ${issue.path.join('.') || 'state'}: ${issue.message}`),
      );
    else steps.push({ id, state: result.data, stateFrom: id });
  });
  if (problems.length > 0) throw new Error(`chapter ${chapterId} has bad steps:\n${problems.join('\n')}`);
  return steps;
}
