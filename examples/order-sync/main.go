// order-sync forwards new orders from the shop's queue to Klaviyo.
package main

import (
	"log"

	"example.com/order-sync/klaviyo"
)

func main() {
	k := klaviyo.New()
	if err := k.UpsertCustomer(map[string]any{"email": "ada@example.com"}); err != nil {
		log.Fatal(err)
	}
	if err := k.PlacedOrder(map[string]any{"value": 42}); err != nil {
		log.Fatal(err)
	}
}
