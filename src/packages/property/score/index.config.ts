export default definePageConfig({ navigationBarTitleText: '给物业评分' })
