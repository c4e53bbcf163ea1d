// The mock cloud's news detail and the news bodies (the info subpackage): importing this registers them.
import '@/cloud/functions/news/register'
