package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The map lives exactly as long as one physical transaction of the application's database. */
@IntegrationTest
class TransactionScopedMapIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionScopedMap<String, String> map;
    TransactionTemplate transaction;
    TransactionTemplate newTransaction;

    @BeforeEach
    void setUp() {
        map = new TransactionScopedMap<>(dataSource);
        transaction = new TransactionTemplate(transactionManager);
        newTransaction = new TransactionTemplate(transactionManager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void remembersNothingOutsideATransaction() {
        map.put("key", "value");
        assertThat(map.get("key")).isNull();

        AtomicInteger computed = new AtomicInteger();
        map.computeIfAbsent("key", key -> "computed " + computed.incrementAndGet());
        assertThat(map.computeIfAbsent("key", key -> "computed " + computed.incrementAndGet())).isEqualTo("computed 2");
    }

    @Test
    void remembersWithinOneTransactionAndForgetsAtItsEnd() {
        AtomicInteger computed = new AtomicInteger();
        transaction.executeWithoutResult(status -> {
            map.put("key", "value");
            assertThat(map.get("key")).isEqualTo("value");
            assertThat(map.computeIfAbsent("other", key -> "computed " + computed.incrementAndGet())).isEqualTo("computed 1");
            assertThat(map.computeIfAbsent("other", key -> "computed " + computed.incrementAndGet())).isEqualTo("computed 1");
            map.remove("key");
            assertThat(map.get("key")).isNull();
            map.put("key", "again");
        });
        transaction.executeWithoutResult(status -> {
            assertThat(map.get("key")).isNull();
            assertThat(map.get("other")).isNull();
        });
    }

    @Test
    void aRollbackForgetsToo() {
        transaction.executeWithoutResult(status -> {
            map.put("key", "value");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> assertThat(map.get("key")).isNull());
    }

    @Test
    void aTransactionStartedInsideAnotherHasItsOwnMap() {
        transaction.executeWithoutResult(outer -> {
            map.put("outer", "1");
            newTransaction.executeWithoutResult(inner -> {
                assertThat(map.get("outer")).isNull();
                map.put("inner", "2");
                assertThat(map.get("inner")).isEqualTo("2");
            });
            assertThat(map.get("outer")).isEqualTo("1");
            assertThat(map.get("inner")).isNull();
            map.clear();
            assertThat(map.get("outer")).isNull();
        });
    }
}
