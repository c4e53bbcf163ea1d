export default definePageConfig({ navigationBarTitleText: '议事详情' })
