<?php
// Pushes shop events and catalog items to Klaviyo. The private key comes from the
// KLAVIYO_SHOP_KEY environment variable; the public company id is for client-side endpoints.

namespace Acme\ShopPlugin;

use KlaviyoAPI\KlaviyoAPI;

final class KlaviyoSync
{
    public function __construct(private KlaviyoAPI $klaviyo)
    {
    }

    public static function fromEnvironment(): self
    {
        return new self(new KlaviyoAPI(getenv('KLAVIYO_SHOP_KEY'), num_retries: 3));
    }

    public function orderPlaced(array $order): void
    {
        $this->klaviyo->Events->createEvent([
            'data' => [
                'type' => 'event',
                'attributes' => [
                    'metric' => ['data' => ['type' => 'metric', 'attributes' => ['name' => 'Placed Order']]],
                    'profile' => ['data' => ['type' => 'profile', 'attributes' => ['email' => $order['email']]]],
                    'value' => $order['total'],
                ],
            ],
        ]);
    }

    public function productSaved(array $product): void
    {
        $this->klaviyo->Catalogs->createCatalogItem([
            'data' => [
                'type' => 'catalog-item',
                'attributes' => ['external_id' => (string) $product['id'], 'title' => $product['name']],
            ],
        ]);
    }

    /** Newsletter box in the storefront theme: a /client/ endpoint, public company id only. */
    public function subscribeFromTheme(string $companyId, string $email): void
    {
        wp_remote_post("https://a.klaviyo.com/client/subscriptions/?company_id={$companyId}", [
            'headers' => ['revision' => '2026-07-15', 'content-type' => 'application/json'],
            'body' => json_encode(['data' => ['type' => 'subscription', 'attributes' => ['profile' => ['data' => ['type' => 'profile', 'attributes' => ['email' => $email]]]]]]),
        ]);
    }
}
