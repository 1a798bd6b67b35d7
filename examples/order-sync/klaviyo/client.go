// Package klaviyo is the order-sync service's small Klaviyo client: one do() helper that every
// method hands its endpoint to.
package klaviyo

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

const baseURL = "https://a.klaviyo.com/api"

type Client struct {
	http *http.Client
	key  string
}

func New() *Client {
	return &Client{http: http.DefaultClient, key: os.Getenv("KLAVIYO_ORDER_SYNC_KEY")}
}

func (c *Client) do(method, path string, body any) (*http.Response, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(method, baseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Klaviyo-API-Key "+c.key)
	req.Header.Set("revision", "2026-07-15")
	req.Header.Set("Content-Type", "application/vnd.api+json")
	return c.http.Do(req)
}

// PlacedOrder records a "Placed Order" event for the customer.
func (c *Client) PlacedOrder(event any) error {
	_, err := c.do(http.MethodPost, "/events", event)
	return err
}

// UpsertCustomer creates or updates the customer's profile.
func (c *Client) UpsertCustomer(profile any) error {
	_, err := c.do(http.MethodPost, "/profile-import", profile)
	return err
}
