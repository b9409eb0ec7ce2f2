extension SeriesStore {
    /// One store holding every series of `stores`; label sets found in more
    /// than one are merged, a later store winning on equal timestamps (as
    /// `Builder` does). Metadata of a family named twice: the later store's.
    public static func merged(_ stores: [SeriesStore]) -> SeriesStore {
        if stores.count == 1 { return stores[0] }
        var builder = Builder()
        var families: [String: MetricMetadata] = [:]
        for store in stores {
            for id in store.ids { builder.append(store.labels(id), columns: store.columns(id)) }
            families.merge(store.metadata.families) { _, later in later }
        }
        builder.metadata = MetricMetadataIndex(families)
        return builder.build()
    }
}
