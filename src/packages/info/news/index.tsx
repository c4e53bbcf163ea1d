import '@/lib/cloud-info'
import { useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { NewsArticle } from '@/features/news/components/news-article'
import { PageShell } from '@/features/session/components/page-shell'

export default function NewsDetailPage() {
  const id = useRouter().params.id
  return <PageShell>{id ? <NewsArticle id={id} /> : <ErrorState message="没有找到这条动态" />}</PageShell>
}
