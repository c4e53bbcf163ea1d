/** Departments a ticket is dispatched to (网格吹哨、部门报到); the cloud accepts any 2–30 character name. */
export const GRID_DEPARTMENTS = [
  '城市管理综合执法',
  '住房和城乡建设',
  '生态环境',
  '水务',
  '交警',
  '物业公司',
  '供电供水供气',
  '街道办事处',
  '社区居委会',
  '派出所',
] as const
