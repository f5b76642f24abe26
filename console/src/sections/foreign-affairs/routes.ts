import { defineSection } from '../registry';

const TRIPS = ['trips:read', 'trips:manage', 'trips:own', 'trips:approve'];
const APPLY = ['trips:manage', 'trips:own'];
const RECEPTIONS = ['receptions:read', 'receptions:manage', 'receptions:own'];
const INCIDENTS = ['incidents:read', 'incidents:manage', 'incidents:own'];
const INVITATIONS = ['invitations:read', 'invitations:manage', 'invitations:own'];

/**
 * 外事: 因公临时出国 (the list, the application with live rule checks, the record with its approval, 公示, briefings,
 * return and report), the 公示 page, the report desk, 外宾接待 and the incident board. Links of the service's 待办 are
 * `/foreign-affairs/trips/…`, `/foreign-affairs/receptions/…` and `/foreign-affairs/incidents/…`.
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
    { path: 'receptions', name: 'foreign-affairs-receptions', title: '外宾接待', permissions: RECEPTIONS, component: () => import('./ReceptionsPage.vue') },
    { path: 'receptions/:id', name: 'foreign-affairs-reception', title: '外宾接待详情', permissions: RECEPTIONS, menu: false, component: () => import('./ReceptionPage.vue') },
    { path: 'invitations', name: 'foreign-affairs-invitations', title: '外国人来华邀请', permissions: INVITATIONS, component: () => import('./InvitationsPage.vue') },
    { path: 'incidents', name: 'foreign-affairs-incidents', title: '涉外案事件', permissions: INCIDENTS, component: () => import('./IncidentsPage.vue') },
    { path: 'incidents/:id', name: 'foreign-affairs-incident', title: '涉外案事件详情', permissions: INCIDENTS, menu: false, component: () => import('./IncidentPage.vue') },
  ],
});
