import { site } from 'virtual:broadsheet/site';

type PageMetaProps = {
  /** The page's own title; the publication's name is added after it. Omit on the home page. */
  title?: string;
  description?: string;
};

/** The page's <title> and meta description; React hoists them into <head>. */
export function PageMeta({ title, description = site.description }: PageMetaProps) {
  return (
    <>
      <title>{title === undefined ? site.title : `${title} · ${site.title}`}</title>
      <meta name="description" content={description} />
    </>
  );
}
