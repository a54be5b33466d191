using System.Threading.Channels;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// Reads an observable as an async sequence: events are buffered in order, so a slow socket never blocks the
/// producer, and leaving the loop disposes the subscription.
/// </summary>
internal sealed class ObservableReader<T>(IObservable<T> source)
{
    public async IAsyncEnumerable<T> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = source.Subscribe(new Observer(buffer.Writer));
        await foreach (var item in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private sealed class Observer(ChannelWriter<T> writer) : IObserver<T>
    {
        public void OnNext(T value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }
}
