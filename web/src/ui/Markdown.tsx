import { type Block, type Inline, parseMarkdown } from './markdown';

type MarkdownProps = {
  source: string;
  /** The heading level a top-level `#` becomes, so the text fits the page's outline (default 3). */
  topHeadingLevel?: number;
};

/** Renders the small Markdown subset of `parseMarkdown` as React elements (never as raw HTML). */
export function Markdown({ source, topHeadingLevel = 3 }: MarkdownProps) {
  return <div className="prose">{parseMarkdown(source).map((block, index) => renderBlock(block, index, topHeadingLevel))}</div>;
}

function renderBlock(block: Block, key: number, topHeadingLevel: number) {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + topHeadingLevel - 1);
      const Heading = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return <Heading key={key}>{renderInline(block.content)}</Heading>;
    }
    case 'paragraph':
      return <p key={key}>{renderInline(block.content)}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List key={key}>
          {block.items.map((item, index) => (
            <li key={index}>{renderInline(item)}</li>
          ))}
        </List>
      );
    }
  }
}

function renderInline(content: Inline[]) {
  return content.map((part, index) => {
    switch (part.type) {
      case 'text':
        return part.text;
      case 'strong':
        return <strong key={index}>{part.text}</strong>;
      case 'code':
        return <code key={index}>{part.text}</code>;
      case 'link':
        return (
          <a key={index} href={part.href}>
            {part.text}
          </a>
        );
    }
  });
}
