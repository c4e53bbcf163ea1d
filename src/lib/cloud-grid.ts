// The mock cloud's actions for the grid subpackage: importing this registers them.
import '@/cloud/functions/grid/register'
