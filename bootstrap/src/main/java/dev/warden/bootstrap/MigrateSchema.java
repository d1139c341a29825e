package dev.warden.bootstrap;

import dev.warden.adapter.persistence.SchemaMigration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date when the database's pool is made, before anything uses it: Flyway runs only when
 * the schema is behind this build ({@link SchemaMigration}), instead of at every start as micronaut-flyway would
 * (its own run is switched off in application.yml).
 */
@Singleton
class MigrateSchema implements BeanCreatedEventListener<DataSource> {
    private static final Logger LOG = LoggerFactory.getLogger(MigrateSchema.class);

    private final DataSourceResolver resolver;

    MigrateSchema(DataSourceResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        var dataSource = event.getBean();
        // the pool itself: the bean may be Micronaut Data's transaction-aware wrapper, which is not usable yet
        if (SchemaMigration.migrate(resolver.resolve(dataSource)) == SchemaMigration.Outcome.MIGRATED) {
            LOG.info("Database schema migrated to version {}", SchemaMigration.LATEST_VERSION);
        }
        return dataSource;
    }
}
