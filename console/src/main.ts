import { createPinia } from 'pinia';
import { createApp } from 'vue';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'element-plus/theme-chalk/base.css';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/notification/style/css';
import App from './App.vue';
import { router } from './router';
import './styles.css';

dayjs.locale('zh-cn');
createApp(App).use(createPinia()).use(router).mount('#app');
