import type { CentreArea } from '../../domain/centreArea';
import type { ServiceContext } from '../context';

/**
 * A centre's reach into the other centres of its county database, for 上报 and 下派: the host opens
 * them (a small pool each, on that centre's schema, taking that centre's write lock) and their
 * windows hear what is done there.
 */
export interface CountyAccess {
  /** This centre's own area code. */
  area: CentreArea;
  /** The services of another centre of the database; refused in Chinese if it is not there. */
  centre(area: CentreArea): Promise<ServiceContext>;
  /** For a county centre: the townships of the county that are centres of the database, in code order. */
  townships(): Promise<CentreArea[]>;
  close(): Promise<void>;
}
