export default definePageConfig({ navigationBarTitleText: '任城邻里' })
