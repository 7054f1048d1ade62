package se.oroshub.connector.socialservices.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;

/** Starts one {@link MunicipalityDeliveryWorker} thread per integrated municipality and stops them on shutdown. */
public final class DeliveryWorkers implements SmartLifecycle {

    private final List<String> municipalities;
    private final Function<String, MunicipalityDeliveryWorker> workerFactory;
    private final List<MunicipalityDeliveryWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public DeliveryWorkers(List<String> municipalities, Function<String, MunicipalityDeliveryWorker> workerFactory) {
        this.municipalities = List.copyOf(municipalities);
        this.workerFactory = workerFactory;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        for (String code : municipalities) {
            MunicipalityDeliveryWorker worker = workerFactory.apply(code);
            Thread thread = new Thread(worker, "delivery-" + code);
            thread.setDaemon(true);
            workers.add(worker);
            threads.add(thread);
            thread.start();
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        workers.forEach(MunicipalityDeliveryWorker::stop);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        threads.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
