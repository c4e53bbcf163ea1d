export default definePageConfig({ navigationBarTitleText: '用工方' })
