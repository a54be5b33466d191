using ArvexLab.Graph.GraphQL.DataLoader;

namespace ArvexLab.Graph.GraphQL.Tests;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_queued_before_the_first_result_is_awaited_are_fetched_in_one_batch()
    {
        var batches = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            batches.Add(keys.ToList());
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        }, missing: "none");

        var results = new[] { 1, 2, 3, 2 }.Select(loader.Load).ToList();
        var values = new List<string>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Equal(["v1", "v2", "v3", "v2"], values);
        Assert.Single(batches);
        Assert.Equal([1, 2, 3], batches[0]);
    }

    [Fact]
    public async Task Keys_asked_after_a_batch_started_form_a_new_batch_and_known_keys_are_not_fetched_again()
    {
        var fetched = new List<int>();
        var loader = new BatchLoader<int, int>((keys, _) =>
        {
            fetched.AddRange(keys);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
        }, missing: -1);

        Assert.Equal(10, await loader.Load(1).GetResultAsync());
        Assert.Equal(20, await loader.Load(2).GetResultAsync());
        Assert.Equal(10, await loader.Load(1).GetResultAsync());
        Assert.Equal([1, 2], fetched);
    }

    [Fact]
    public async Task Missing_keys_get_the_missing_value_and_a_failed_fetch_fails_every_key_of_its_batch()
    {
        var sparse = new BatchLoader<int, string?>((_, _) => Task.FromResult<IReadOnlyDictionary<int, string?>>(new Dictionary<int, string?>()), missing: null);
        Assert.Null(await sparse.Load(7).GetResultAsync());

        var failing = new BatchLoader<int, int>((_, _) => Task.FromException<IReadOnlyDictionary<int, int>>(new InvalidOperationException("db down")), missing: 0);
        var a = failing.Load(1);
        var b = failing.Load(2);
        await Assert.ThrowsAsync<InvalidOperationException>(() => a.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync());
    }
}
