/** The residents' public views: a provision of data as a row, shown to staff too. */
export { ProvisionCells, ProvisionHeadings } from './views/provision-cells.tsx';
