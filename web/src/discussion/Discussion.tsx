import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { commentsClosedReason, commentsOpen } from '../proposals/proposal-status';
import { pluralize } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { buildThread, type ThreadNode } from './comment-thread';
import { CommentForm } from './CommentForm';
import { CommentItem, type CommentItem_comment, type Viewer } from './CommentItem';
import { useAddCommentMutation } from './useAddCommentMutation';
import './discussion.css';

// A page of comments is 20 (here and in DiscussionMore), as a page of proposals is: enough to read a thread, few
// enough that a busy proposal page stays light (each comment is some twenty elements).
export const Discussion_proposal = graphql(`
  fragment Discussion_proposal on Proposal {
    id
    number
    status
    commentPage(first: 20) {
      ...Discussion_commentPage
    }
  }
`);

export const Discussion_commentPage = graphql(`
  fragment Discussion_commentPage on CommentPage {
    totalCount
    hasNextPage
    endCursor
    nodes {
      id
      parentId
      author {
        id
        displayName
      }
      ...CommentItem_comment
    }
  }
`);

/** The next page of a discussion; the cache appends it to the proposal's (see apollo-client.ts). */
export const DiscussionMoreQuery = graphql(`
  query DiscussionMore($number: Int!, $after: ID!) {
    proposal(number: $number) {
      id
      commentPage(first: 20, after: $after) {
        ...Discussion_commentPage
      }
    }
  }
`);

type DiscussionProps = { proposal: FragmentType<typeof Discussion_proposal>; viewer: Viewer | null };

type Comment = FragmentType<typeof CommentItem_comment> & { id: string; parentId?: string | null; author: { displayName: string } };

/** The proposal's discussion: comments with their replies nested under them, and a box for a new comment. */
export function Discussion(props: DiscussionProps) {
  const proposal = useFragment(Discussion_proposal, props.proposal);
  const { viewer } = props;
  const open = commentsOpen(proposal.status);
  const page = useFragment(Discussion_commentPage, proposal.commentPage);
  const thread = useMemo(() => buildThread<Comment>(page.nodes), [page.nodes]);
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const showMore = useCallback(async () => {
    if (!page.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await client.query({
        query: DiscussionMoreQuery,
        variables: { number: proposal.number, after: page.endCursor },
        fetchPolicy: 'network-only',
      });
    } catch (error) {
      setMoreError(describeError(error).message);
    } finally {
      setLoadingMore(false);
    }
  }, [client, page.endCursor, proposal.number]);

  // A permalink (#comment-<id>) to a comment beyond the pages shown loads pages until it is there, then shows it.
  const { hash } = useLocation();
  const wanted = hash.startsWith('#comment-') ? decodeURIComponent(hash.slice('#comment-'.length)) : null;
  const wantedShown = wanted !== null && page.nodes.some((comment) => comment.id === wanted);
  useEffect(() => {
    if (wanted === null) return;
    if (wantedShown) {
      document.getElementById(`comment-${wanted}`)?.scrollIntoView();
      return;
    }
    if (!page.hasNextPage || loadingMore || moreError !== null) return;
    const next = setTimeout(() => void showMore(), 0);
    return () => clearTimeout(next);
  }, [wanted, wantedShown, page.hasNextPage, loadingMore, moreError, showMore]);
  const { addComment } = useAddCommentMutation(proposal.id);
  const [posted, setPosted] = useState('');

  const reply = async (parentId: string, body: string) => {
    await addComment({ proposalNumber: proposal.number, parentId, body });
  };

  return (
    <section className="page-section discussion" aria-labelledby="discussion-title" data-testid="discussion">
      <h2 id="discussion-title">Discussion</h2>
      <p className="muted" data-testid="comment-total">
        {pluralize(page.totalCount, 'comment')}
        {page.hasNextPage ? `, the first ${page.nodes.length} shown` : ''}
      </p>
      {thread.length > 0 ? (
        <ol className="comment-thread" aria-label="Comments, oldest first">
          {thread.map((node) => (
            <CommentNode key={node.comment.id} node={node} parentAuthor={null} viewer={viewer} open={open} onReply={reply} />
          ))}
        </ol>
      ) : (
        <p>No comments yet.</p>
      )}
      {page.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button--quiet" onClick={() => void showMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading more comments…' : `Show more comments (${page.totalCount - page.nodes.length} more)`}
          </button>
        </p>
      ) : null}
      {moreError ? (
        <p className="notice" role="alert">
          Could not load more comments. {moreError}
        </p>
      ) : null}

      {open && viewer ? (
        <>
          <CommentForm
            label="Your comment"
            formLabel="Add a comment"
            submitLabel="Post comment"
            pendingLabel="Posting…"
            onSubmit={async (body) => {
              await addComment({ proposalNumber: proposal.number, parentId: null, body });
              setPosted('Your comment is posted.');
            }}
            testId="comment-form"
            draftKey={`comment-${proposal.number}`}
          />
          <p className="comment__status" role="status">
            {posted}
          </p>
        </>
      ) : open ? (
        <p className="discussion__closed">
          <Link to={`/sign-in?next=${encodeURIComponent(`/proposals/${proposal.number}`)}`}>Sign in</Link> to join the discussion.
        </p>
      ) : (
        <p className="discussion__closed" data-testid="comments-closed">
          {commentsClosedReason(proposal.status)}
        </p>
      )}
    </section>
  );
}

/** Indentation stops growing after this depth (and after fewer levels on narrow screens, in CSS). */
const MAX_INDENT = 5;

function CommentNode({
  node,
  parentAuthor,
  viewer,
  open,
  onReply,
}: {
  node: ThreadNode<Comment>;
  /** Who the comment replies to; said in words once the indentation no longer shows it. */
  parentAuthor: string | null;
  viewer: Viewer | null;
  open: boolean;
  onReply: (parentId: string, body: string) => Promise<void>;
}) {
  return (
    <li className="comment-thread__item" data-depth={Math.min(node.depth, MAX_INDENT)}>
      <CommentItem comment={node.comment} replyTo={node.depth >= 2 ? parentAuthor : null} viewer={viewer} open={open} onReply={onReply} />
      {node.replies.length > 0 ? (
        <ol
          className={`comment-thread comment-thread--replies${node.depth + 1 >= MAX_INDENT ? ' comment-thread--flat' : ''}`}
          aria-label="Replies"
        >
          {node.replies.map((reply) => (
            <CommentNode
              key={reply.comment.id}
              node={reply}
              parentAuthor={node.comment.author.displayName}
              viewer={viewer}
              open={open}
              onReply={onReply}
            />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
