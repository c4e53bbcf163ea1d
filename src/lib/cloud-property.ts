// The property function (物业红黑榜) of the mock cloud lives in its subpackage: importing this registers it.
import '@/cloud/functions/property/register'
