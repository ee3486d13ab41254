import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isSearchShortcut } from './search-keys';
import './search.css';

/** The header's search: press "/" anywhere to type in it. */
export function SearchBox() {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query) void navigate(`/search?q=${encodeURIComponent(query)}`);
  };

  return (
    <form role="search" className="search-box" onSubmit={submit} aria-label="Site">
      <label htmlFor="site-search" className="visually-hidden">
        Search measures, proposals, comments and case studies
      </label>
      <input
        ref={inputRef}
        id="site-search"
        type="search"
        name="q"
        placeholder="Search ( / )"
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={200}
        aria-keyshortcuts="/"
        data-testid="search-input"
      />
    </form>
  );
}
