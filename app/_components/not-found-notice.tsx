/** What a reader sees for an unknown article, author, category or a page past the last. */
export function NotFoundNotice() {
  return (
    <div className="notice">
      <title>Not found · fastblog</title>
      <meta name="robots" content="noindex" />
      <h1>Not found</h1>
      <p>There is no such page on this blog: the article, author or category may not exist, or the page number is past the last page.</p>
      <p>
        <a href="/">Back to the latest articles</a>
      </p>
    </div>
  );
}
