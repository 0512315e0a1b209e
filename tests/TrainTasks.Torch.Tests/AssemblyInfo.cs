// TorchSharp's generator, thread count and seed are process-wide; trainings running side by side
// would disturb each other's determinism, so the tests of this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
