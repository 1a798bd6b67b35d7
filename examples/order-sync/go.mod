module example.com/order-sync

go 1.22
