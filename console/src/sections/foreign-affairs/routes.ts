import { defineSection } from '../registry';

const TRIPS = ['trips:read', 'trips:manage', 'trips:own', 'trips:approve'];
const APPLY = ['trips:manage', 'trips:own'];
const RECEPTIONS = ['receptions:read', 'receptions:manage', 'receptions:own'];
const INCIDENTS = ['incidents:read', 'incidents:manage', 'incidents:own'];
const INVITATIONS = ['invitations:read', 'invitations:manage', 'invitations:own'];

/**
 * 外事: 因公临时出国 (the list, the application with live rule checks, the record with its approval, 公示, briefings,
 * return and report), the 公示 page, the report desk, the calendar of visits (出访、来访、外事委会议 by month), 外宾接待 and the
 * incident board. Links of the service's 待办 are `/foreign-affairs/trips/…`, `/foreign-affairs/receptions/…` and `/foreign-affairs/incidents/…`.
 */
export default defineSection({
  key: 'foreign-affairs',
  title: '外事',
  base: '/foreign-affairs',
  order: 70,
  pages: [
    { path: 'trips', name: 'foreign-affairs-trips', title: '因公临时出国', permissions: TRIPS, component: () => import('./TripsPage.vue') },
    { path: 'trips/new', name: 'foreign-affairs-trip-new', title: '填报出访申请', permissions: APPLY, component: () => import('./TripApplyPage.vue') },
    { path: 'publicity', name: 'foreign-affairs-publicity', title: '出访公示', permissions: TRIPS, component: () => import('./PublicityPage.vue') },
    { path: 'reports', name: 'foreign-affairs-reports', title: '出访报告', permissions: TRIPS, component: () => import('./ReportDeskPage.vue') },
    { path: 'trips/:id', name: 'foreign-affairs-trip', title: '出访详情', permissions: TRIPS, menu: false, component: () => import('./TripPage.vue') },
    { path: 'calendar', name: 'foreign-affairs-calendar', title: '出访来访日历', permissions: [...TRIPS, ...RECEPTIONS, 'committee:read', 'committee:manage'], component: () => import('./VisitsCalendarPage.vue') },
    { path: 'receptions', name: 'foreign-affairs-receptions', title: '外宾接待', permissions: RECEPTIONS, component: () => import('./ReceptionsPage.vue') },
    { path: 'receptions/:id', name: 'foreign-affairs-reception', title: '外宾接待详情', permissions: RECEPTIONS, menu: false, component: () => import('./ReceptionPage.vue') },
    { path: 'invitations', name: 'foreign-affairs-invitations', title: '外国人来华邀请', permissions: INVITATIONS, component: () => import('./InvitationsPage.vue') },
    { path: 'incidents', name: 'foreign-affairs-incidents', title: '涉外案事件', permissions: INCIDENTS, component: () => import('./IncidentsPage.vue') },
    { path: 'incidents/:id', name: 'foreign-affairs-incident', title: '涉外案事件详情', permissions: INCIDENTS, menu: false, component: () => import('./IncidentPage.vue') },
    { path: 'friendships', name: 'foreign-affairs-friendships', title: '国际友好关系', permissions: ['friendships:read', 'friendships:manage', 'friendships:own'], component: () => import('./FriendshipsPage.vue') },
    { path: 'friendships/:id', name: 'foreign-affairs-friendship', title: '友好关系详情', permissions: ['friendships:read', 'friendships:manage', 'friendships:own'], menu: false, component: () => import('./FriendshipPage.vue') },
    { path: 'honorary-titles', name: 'foreign-affairs-honorary-titles', title: '荣誉称号', permissions: ['friendships:read', 'friendships:manage', 'friendships:own'], component: () => import('./HonoraryTitlesPage.vue') },
    { path: 'honorary-titles/:id', name: 'foreign-affairs-honorary-title', title: '荣誉称号详情', permissions: ['friendships:read', 'friendships:manage', 'friendships:own'], menu: false, component: () => import('./HonoraryTitlePage.vue') },
    { path: 'regulations', name: 'foreign-affairs-regulations', title: '外事制度', permissions: ['regulations:read', 'regulations:manage', 'regulations:own'], component: () => import('./RegulationsPage.vue') },
    { path: 'regulations/:id', name: 'foreign-affairs-regulation', title: '外事制度详情', permissions: ['regulations:read', 'regulations:manage', 'regulations:own'], menu: false, component: () => import('./RegulationPage.vue') },
    { path: 'education', name: 'foreign-affairs-education', title: '外事教育', permissions: ['regulations:read', 'regulations:manage'], component: () => import('./EducationPage.vue') },
    { path: 'education/:id', name: 'foreign-affairs-education-session', title: '外事教育详情', permissions: ['regulations:read', 'regulations:manage'], menu: false, component: () => import('./EducationSessionPage.vue') },
    { path: 'committee', name: 'foreign-affairs-committee', title: '外事委会议', permissions: ['committee:read', 'committee:manage'], component: () => import('./CommitteePage.vue') },
  ],
});
