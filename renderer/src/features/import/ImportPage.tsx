import { PageHeader } from '../../ui/PageHeader';

export function ImportPage() {
  return <PageHeader title="Import" subtitle="Bring in metrics from a CRM export or a metrics sheet." />;
}
