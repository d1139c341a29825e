/**
 * The JDBC adapters of the storage ports (Micronaut Data JDBC, Flyway migrations). Present only when a data source
 * is: with {@code AUTH_STORAGE=memory} none is opened, and these beans do not exist.
 */
@Configuration
@Requires(beans = DataSource.class)
package dev.warden.adapter.persistence;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
import javax.sql.DataSource;
