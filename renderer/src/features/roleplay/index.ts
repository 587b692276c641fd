export { RoleplayPage } from './RoleplayPage';
export { parseLocation as parseRoleplayLocation, hrefLocation as roleplayHref } from './state/view';
export { AssignedPractice, localToday } from './components/Assignments';
