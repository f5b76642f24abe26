import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** The parts of ECharts the monthly notice's charts use (imported on demand). */
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
