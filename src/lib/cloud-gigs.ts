// The gigs function of the mock cloud (零工驿站) lives in the gigs subpackage: importing this registers it.
import '@/cloud/functions/gigs/register'
