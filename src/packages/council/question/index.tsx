import '@/lib/cloud-council'
import { useRouter } from '@tarojs/taro'
import { ErrorState, Loading } from '@/components/state-view'
import { AdviserPanel } from '@/features/council/components/adviser-panel'
import { DemoSupporters } from '@/features/council/components/demo-supporters'
import { QuestionDetail } from '@/features/council/components/question-detail'
import { ResidentActions } from '@/features/council/components/resident-actions'
import { StaffPanel } from '@/features/council/components/staff-panel'
import { useQuestion } from '@/features/council/use-question'
import { useCouncilViewer } from '../use-viewer'
import { PageShell } from '@/features/session/components/page-shell'

export default function QuestionPage() {
  const { question, error, reload, setQuestion } = useQuestion(useRouter().params.id)
  const viewer = useCouncilViewer()
  const staff = Boolean(question && viewer.staff?.communityId === question.communityId)
  const adviser =
    question && viewer.adviser?.communityId === question.communityId ? viewer.adviser : undefined
  return (
    <PageShell>
      {error ? <ErrorState message={error} onRetry={reload} /> : null}
      {!error && !question ? <Loading /> : null}
      {question ? (
        <>
          <ResidentActions question={question} viewer={viewer} onChange={setQuestion} />
          <QuestionDetail question={question} staff={staff} />
          {adviser ? <AdviserPanel question={question} title={adviser.title} onChange={setQuestion} /> : null}
          {staff ? <StaffPanel question={question} onChange={setQuestion} /> : null}
          {DEMO_TOOLS ? <DemoSupporters question={question} onChange={setQuestion} /> : null}
        </>
      ) : null}
    </PageShell>
  )
}
