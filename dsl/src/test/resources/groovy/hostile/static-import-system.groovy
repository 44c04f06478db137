// expect: groovy-forbidden
import static java.lang.System.exit
template('x') {
    exit(3)
}
