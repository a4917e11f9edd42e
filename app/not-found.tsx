export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Not found</h1>
      <p>There is no such page on this blog: the article, author or category may not exist, or the page number is past the last page.</p>
      <p>
        <a href="/">Back to the latest articles</a>
      </p>
    </div>
  );
}
