export default definePageConfig({ navigationBarTitleText: '转为居民议事' })
