import { shiftHeadings } from './server-html';

describe('shiftHeadings', () => {
  it('makes the highest heading the level given, keeping the others below it', () => {
    expect(shiftHeadings('<h1>Why</h1>\n<p>Because</p>\n<h2>What</h2>', 3)).toBe('<h3>Why</h3>\n<p>Because</p>\n<h4>What</h4>');
    expect(shiftHeadings('<h2>Why</h2><h3>Detail</h3><h2>What</h2>', 3)).toBe('<h3>Why</h3><h4>Detail</h4><h3>What</h3>');
  });

  it('moves headings up too, and stops at h6', () => {
    expect(shiftHeadings('<h5>a</h5>', 3)).toBe('<h3>a</h3>');
    expect(shiftHeadings('<h1>a</h1><h5>b</h5><h6>c</h6>', 3)).toBe('<h3>a</h3><h6>b</h6><h6>c</h6>');
  });

  it('leaves text that only looks like a heading alone', () => {
    const html = '<p>&lt;h1&gt; and <code>h1</code> and <hr></p>';
    expect(shiftHeadings(html, 3)).toBe(html);
  });

  it('changes nothing without headings or when they are already in place', () => {
    expect(shiftHeadings('<p>x</p>', 3)).toBe('<p>x</p>');
    expect(shiftHeadings('<h3>x</h3>', 3)).toBe('<h3>x</h3>');
  });
});
