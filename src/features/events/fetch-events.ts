import { call } from '@/lib/cloud'

export const fetchEvents = () => call('events', 'list', {})
