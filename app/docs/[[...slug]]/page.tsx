import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { getMDXComponents } from '@/components/mdx';
import { PageHistory } from '@/components/page-history';
import { DocsShell } from '@/components/shell/docs-shell';
import { PageFooter } from '@/components/shell/page-footer';
import { PrintHeader } from '@/components/shell/print-header';
import { longDate } from '@/lib/long-date';
import { site } from '@/lib/site';
import { source } from '@/lib/source';

export default async function Page(props: PageProps<'/docs/[[...slug]]'>) {
  const params = await props.params;
  const page = source.getPage(params.slug);
  if (!page) notFound();

  const MDX = page.data.body;
  const tree = source.getPageTree();
  return (
    <DocsShell tree={tree} url={page.url} title={page.data.title} toc={page.data.toc} full={page.data.full}>
      <PrintHeader
        title={page.data.title}
        url={page.url}
        date={page.data.lastModified ? `Last changed ${longDate(page.data.lastModified)}` : undefined}
      />
      <Breadcrumb url={page.url} tree={tree} />
      <h1 className="text-[1.75em] font-semibold">{page.data.title}</h1>
      <p className="mb-8 text-lg text-fd-muted-foreground">{page.data.description}</p>
      <div className="prose flex-1">
        <MDX components={getMDXComponents()} />
      </div>
      <PageHistory lastModified={page.data.lastModified} path={page.path} />
      <PageFooter tree={tree} url={page.url} />
    </DocsShell>
  );
}

export function generateStaticParams() {
  return source.generateParams();
}

export async function generateMetadata(props: PageProps<'/docs/[[...slug]]'>): Promise<Metadata> {
  const params = await props.params;
  const page = source.getPage(params.slug);
  if (!page) notFound();
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical: page.url },
    openGraph: {
      type: 'article',
      siteName: site.name,
      title: page.data.title,
      description: page.data.description,
      url: page.url,
    },
  };
}
