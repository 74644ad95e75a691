export { PAGE_PATH_PATTERN } from '@mab/contracts';
