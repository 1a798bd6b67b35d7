// Nightly job: revenue per day for the "Placed Order" metric, plus the latest orders with
// their profiles, written to the data warehouse.
const axios = require('axios');

const klaviyo = axios.create({
  baseURL: 'https://a.klaviyo.com/api',
  headers: {
    Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_BACK_OFFICE_KEY}`,
    revision: '2026-07-15',
  },
});

async function placedOrderMetricId() {
  const res = await klaviyo.get('/metrics', { params: { 'filter': 'equals(name,"Placed Order")' } });
  return res.data.data[0].id;
}

async function revenueByDay(metricId) {
  const res = await klaviyo.post('/metric-aggregates', {
    data: {
      type: 'metric-aggregate',
      attributes: { metric_id: metricId, measurements: ['sum_value'], interval: 'day', filter: ['greater-or-equal(datetime,2026-11-01)'] },
    },
  });
  return res.data.data.attributes;
}

async function latestOrders() {
  // include=profile needs profiles:read on top of events:read.
  const res = await klaviyo.get('/events?include=profile', { params: { sort: '-datetime' } });
  return res.data;
}

module.exports = { placedOrderMetricId, revenueByDay, latestOrders };
