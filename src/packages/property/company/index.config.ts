export default definePageConfig({ navigationBarTitleText: '物业企业' })
